import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
B = torch.tensor([[5.0, 6.0], [7.0, 8.0]])

# * multiplies matching positions (the Hadamard product).
print("A * B =")
print(A * B)

# @ is the matrix product: row of A times column of B, summed.
print("A @ B =")
print(A @ B)
print("row 0 of A . column 0 of B:", (A[0] * B[:, 0]).sum().item())

# torch.matmul is the function behind @.
print("matmul == @:", torch.equal(torch.matmul(A, B), A @ B))
# The matrix product does not commute; the element-wise one does.
print("A @ B == B @ A:", torch.equal(A @ B, B @ A))
print("A * B == B * A:", torch.equal(A * B, B * A))
