import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

copies = {
    "x.detach()": x.detach(),
    "x.clone()": x.clone(),
    "x.clone().detach()": x.clone().detach(),
}
for name, t in copies.items():
    print(name)
    print("  shares memory with x:", t.data_ptr() == x.data_ptr())
    print("  requires_grad:", t.requires_grad)
    print("  grad_fn:", type(t.grad_fn).__name__ if t.grad_fn else None)

# Sharing memory means a write through the detached tensor changes x too.
d = x.detach()
d[0] = 100.0
print("x after d[0] = 100:", x)
