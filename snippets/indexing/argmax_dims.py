import torch

scores = torch.tensor([[0.1, 0.6, 0.3], [0.8, 0.2, 0.8]])
print("scores =")
print(scores)

# Without dim, argmax flattens the tensor and returns one position.
flat = scores.argmax()
print("argmax()      =", flat)
row, col = torch.unravel_index(flat, scores.shape)
print("as (row, col) =", (row.item(), col.item()))

print("argmax(dim=1) =", scores.argmax(dim=1))  # one per row
print("argmax(dim=0) =", scores.argmax(dim=0))  # one per column

# keepdim keeps a length-1 axis, ready to use as a gather index.
print("keepdim shape:", tuple(scores.argmax(dim=1, keepdim=True).shape))
