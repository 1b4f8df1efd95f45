import torch

x = torch.arange(6)
picked = x[[1, 2, 3]]  # a list of positions: advanced indexing copies
picked[0] = 100
print("x after picked[0] = 100:", x)

big = x[x > 2]  # a boolean mask copies too
big[:] = 0
print("x after big[:] = 0:     ", x)

# Assigning to an indexed x is different: it writes into x itself.
x[[1, 2, 3]] = 100
print("x after x[[1, 2, 3]] = 100:", x)
x[x > 50] = -1
print("x after x[x > 50] = -1:    ", x)
