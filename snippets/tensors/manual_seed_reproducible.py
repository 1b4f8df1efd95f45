import torch

torch.manual_seed(0)
a = torch.rand(3)
b = torch.rand(3)  # the stream moved on, so b differs from a

torch.manual_seed(0)  # rewind the stream to the same starting point
c = torch.rand(3)

print("a =", a)
print("b =", b)
print("c =", c)
print("a equals c:", torch.equal(a, c))
print("a equals b:", torch.equal(a, b))

# A different seed gives a different, equally repeatable stream.
torch.manual_seed(1)
print("seed 1:", torch.rand(3))
