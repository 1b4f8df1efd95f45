import torch

m = torch.arange(12).reshape(3, 4)
print("m =")
print(m)

# An integer index removes its axis; a slice keeps it, even of length 1.
print("m[1]      shape", tuple(m[1].shape), "->", m[1])
print("m[1:2]    shape", tuple(m[1:2].shape))
print("m[:, 1]   shape", tuple(m[:, 1].shape), "->", m[:, 1])
print("m[:, 1:2] shape", tuple(m[:, 1:2].shape))
print("m[1, 2]   shape", tuple(m[1, 2].shape), "->", m[1, 2].item())

# Each axis gets its own index, negative positions and steps included.
print("m[-1, -2:] =", m[-1, -2:])
print("m[::2, ::3] =")
print(m[::2, ::3])
