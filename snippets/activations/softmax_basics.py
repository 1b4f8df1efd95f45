import torch

z = torch.tensor([1.0, 2.0, 3.0])  # raw scores (logits)
p = torch.softmax(z, dim=0)
print("softmax(z) =", p)
print("sum:", round(p.sum().item(), 4))

by_hand = torch.exp(z) / torch.exp(z).sum()  # e^{z_i} / sum_j e^{z_j}
print("matches e^z / sum(e^z):", torch.allclose(p, by_hand))

# The fraction upside down is not a probability at all.
upside_down = torch.exp(z).sum() / torch.exp(z)
print("sum(e^z) / e^z =", upside_down)
print("its sum:", round(upside_down.sum().item(), 4))
# Softmax keeps the order: the largest score gets the largest share.
print("argmax z, argmax p:", z.argmax().item(), p.argmax().item())
