import torch

M = torch.arange(9.0).reshape(3, 3)
print("M =")
print(M)

# A repeated index on one input walks the diagonal.
print("diag  =", torch.einsum("ii->i", M))
# Summing the diagonal gives the trace.
t = torch.einsum("ii->", M)
print("trace =", t, "equal:", torch.equal(t, torch.trace(M)))

# Swapping the output letters transposes; the result is a view.
T = torch.einsum("ij->ji", M)
print("transpose equal:", torch.equal(T, M.T))
same = T.untyped_storage().data_ptr() == M.untyped_storage().data_ptr()
print("T shares memory with M:", same)

# Leaving an index out of the output sums over it.
print("column sums =", torch.einsum("ij->j", M))
print("equal sum(dim=0):", torch.equal(torch.einsum("ij->j", M), M.sum(dim=0)))
