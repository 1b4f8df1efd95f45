import torch

torch.manual_seed(0)
a = torch.randn(1000, 8)
b = torch.randn(1000, 8)

# The loop from the question: one dot product per row.
loop = torch.empty(1000)
for i in range(1000):
    loop[i] = torch.dot(a[i], b[i])

# Vectorised: multiply element by element, then sum along each row.
vec = (a * b).sum(dim=1)
print("shape:", tuple(vec.shape))
# The sums run in another order, so the last bits may differ: use a tolerance.
print("allclose:", torch.allclose(loop, vec, atol=1e-5))
# The same with a matrix product: only the diagonal of a @ b.T is needed.
print("a @ b.T shape:", tuple((a @ b.T).shape))
diag = (a @ b.T).diag()
print("diagonal of a @ b.T agrees:", torch.allclose(vec, diag, atol=1e-5))
