import torch
from sklearn.datasets import load_digits

digits = load_digits()  # 8x8 images of handwritten digits, shipped with sklearn
print("images:", digits.images.shape, " labels:", digits.target.shape)
print("raw pixel range:", digits.data.min(), "to", digits.data.max())

# Each image as one row of 64 pixel values, scaled from 0..16 to 0..1.
X = torch.tensor(digits.data, dtype=torch.float32) / 16
y = torch.tensor(digits.target)
print("X:", tuple(X.shape), X.dtype)
print("y:", tuple(y.shape), y.dtype)
print("first label:", y[0].item())
print("scaled pixel range:", X.min().item(), "to", X.max().item())
