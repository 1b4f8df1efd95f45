import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
c = x.clone()  # new memory, still part of x's graph
d = x.detach()  # x's memory, cut out of the graph

print("c shares x's memory:", c.data_ptr() == x.data_ptr())
print("d shares x's memory:", d.data_ptr() == x.data_ptr())
print("c.requires_grad:", c.requires_grad, " grad_fn:", c.grad_fn.name())
print("d.requires_grad:", d.requires_grad, " grad_fn:", d.grad_fn)

d[0] = 100.0  # allowed on d, and it lands in x's storage
print("x after d[0] = 100:", x)
print("c after d[0] = 100:", c)

# An independent copy with no history: detach, then clone.
snap = x.detach().clone()
print("snap shares x's memory:", snap.data_ptr() == x.data_ptr())
print("snap.requires_grad:", snap.requires_grad)
