import torch

# Small whole numbers keep every float product and sum exact.
A = torch.arange(6.0).reshape(2, 3)
B = torch.arange(12.0).reshape(3, 4)

# Matrix product: sum over the shared index k.
C = torch.einsum("ik,kj->ij", A, B)
print("matmul shape:", tuple(C.shape), "equal:", torch.equal(C, A @ B))

# Batched: b appears in both inputs and the output, so it is kept.
a = torch.arange(24.0).reshape(4, 2, 3)
b = torch.arange(48.0).reshape(4, 3, 4)
bC = torch.einsum("bik,bkj->bij", a, b)
print("bmm shape:", tuple(bC.shape), "equal:", torch.equal(bC, torch.bmm(a, b)))

# Dot product: i is summed and nothing is left, a 0-D result.
u = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([4.0, 5.0, 6.0])
d = torch.einsum("i,i->", u, v)
print("dot =", d, "equal:", torch.equal(d, torch.dot(u, v)))

# Outer product: no index is shared, nothing is summed.
o = torch.einsum("i,j->ij", u, v)
print("outer shape:", tuple(o.shape))
print("outer equal:", torch.equal(o, torch.outer(u, v)))
