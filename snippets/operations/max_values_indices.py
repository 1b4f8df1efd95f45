import torch

x = torch.tensor([[3.0, 9.0, 1.0], [7.0, 2.0, 8.0]])

# Without dim, max returns one value for the whole tensor.
print("max():", x.max())

# With dim, it returns two tensors: the maxima and where they are.
values, indices = x.max(dim=1)
print("max(dim=1) values: ", values)
print("max(dim=1) indices:", indices)
print("max(dim=0) values: ", x.max(dim=0).values)

# argmax / argmin return only the positions, as int64.
print("argmax(dim=1):", x.argmax(dim=1), x.argmax(dim=1).dtype)
print("argmin(dim=0):", x.argmin(dim=0))
# Without dim, the position is counted in the flattened tensor.
print("argmax():", x.argmax(), " flattened:", x.flatten())
