import torch
from sklearn.datasets import load_digits

digits = load_digits()  # ships inside scikit-learn: nothing is downloaded
print("images:", digits.images.shape, digits.images.dtype)
print("pixel range:", digits.images.min(), "to", digits.images.max())
print("label of the first image:", digits.target[0])
print("first image =")
print(digits.images[0].astype(int))
print("images per class:", torch.bincount(torch.tensor(digits.target)))

# Float32 in [0, 1], with a channel axis: (N, C, H, W) = (N, 1, 8, 8).
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target)
print("X:", tuple(X.shape), X.dtype, " y:", tuple(y.shape), y.dtype)

# A seeded shuffle decides which 360 images (about 20%) are held out.
perm = torch.randperm(len(X), generator=torch.Generator().manual_seed(0))
test, train = perm[:360], perm[360:]
print("train:", len(train), " test:", len(test))
print("test images per class:", torch.bincount(y[test]))
