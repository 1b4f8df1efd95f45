import torch
from torch.utils.data import TensorDataset

torch.manual_seed(0)
X = torch.randn(6, 3)  # 6 samples with 3 features each
y = torch.tensor([0, 1, 0, 1, 1, 0])  # one label per sample

ds = TensorDataset(X, y)
print("len(ds):", len(ds))
x0, y0 = ds[0]  # sample 0 is row 0 of every tensor
print("x0:", x0, "y0:", y0)
print("same as X[0]:", torch.equal(x0, X[0]))
print("number of tensors:", len(ds.tensors))

# Slicing works too, because indexing is passed on to each tensor.
xs, ys = ds[2:4]
print("ds[2:4] shapes:", tuple(xs.shape), tuple(ys.shape))
