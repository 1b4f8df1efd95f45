import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)  # created by us: a leaf
h = w * 3  # made by an operation: not a leaf
loss = (h * h).sum()

for name, t in [("w", w), ("h", h), ("loss", loss)]:
    print(f"{name}: is_leaf={t.is_leaf}, requires_grad={t.requires_grad}")

# Only leaves keep .grad by default; ask for h's before calling backward.
print("h.retains_grad before:", h.retains_grad)
h.retain_grad()
print("h.retains_grad after: ", h.retains_grad)
loss.backward()

print("w.grad =", w.grad)  # d loss / dw = 2 * h * 3
print("h.grad =", h.grad)  # d loss / dh = 2 * h

# A tensor that does not require grad is a leaf too, and never gets .grad.
c = torch.tensor([5.0])
print(f"c: is_leaf={c.is_leaf}, grad={c.grad}")
