import torch

for set_to_none in (True, False):
    p = torch.tensor([1.0], requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.1, momentum=0.9)
    (p**2).sum().backward()
    opt.step()  # an ordinary step fills the momentum buffer
    before = p.item()

    # Clear the gradient, then step again without any backward().
    opt.zero_grad(set_to_none=set_to_none)
    opt.step()
    print(f"set_to_none={set_to_none}:")
    print(f"  grad: {p.grad}")
    print(f"  p before: {before:.4f}  after: {p.item():.4f}")
