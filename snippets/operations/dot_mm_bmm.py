import torch

u = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([4.0, 5.0, 6.0])

# dot: two 1-D tensors -> a 0-D tensor, not a Python number.
d = torch.dot(u, v)
print("dot:", d, " shape:", tuple(d.shape), " item():", d.item())
print("u @ v:", u @ v)  # matmul of two vectors is the same dot product

# mm: exactly two 2-D tensors.
A = torch.ones(2, 3)
B = torch.ones(3, 4)
print("mm: ", tuple(torch.mm(A, B).shape))

# bmm: two 3-D tensors with the same batch size; one mm per batch.
batch_a = torch.ones(5, 2, 3)
batch_b = torch.ones(5, 3, 4)
print("bmm:", tuple(torch.bmm(batch_a, batch_b).shape))
