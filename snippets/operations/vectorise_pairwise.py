import torch

torch.manual_seed(0)
# Small whole-number coordinates: every step below is exact in float32.
a = torch.randint(-5, 6, (4, 3)).float()  # 4 points in 3-D
b = torch.randint(-5, 6, (5, 3)).float()  # 5 points in 3-D

# With Python loops: the squared distance of one pair of points at a time.
loop = torch.empty(4, 5)
for i in range(4):
    for j in range(5):
        loop[i, j] = ((a[i] - b[j]) ** 2).sum()

# Vectorised: (4, 1, 3) - (1, 5, 3) broadcasts to all 4 x 5 pairs at once.
diff = a[:, None, :] - b[None, :, :]
print("diff shape:", tuple(diff.shape))
vec = (diff**2).sum(dim=-1)
print("result shape:", tuple(vec.shape))
print("equal:", torch.equal(loop, vec))
print("first row:", vec[0])
print("cdist agrees:", torch.allclose(vec, torch.cdist(a, b) ** 2))
