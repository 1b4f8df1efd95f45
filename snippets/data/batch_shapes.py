import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
images = torch.randn(10, 3, 8, 8)  # 10 RGB images of 8x8 pixels
labels = torch.randint(0, 5, (10,))
ds = TensorDataset(images, labels)
print("one sample:", tuple(ds[0][0].shape), tuple(ds[0][1].shape))

loader = DataLoader(ds, batch_size=4)
xb, yb = next(iter(loader))  # the first batch
print("batch x:", tuple(xb.shape), xb.dtype)
print("batch y:", tuple(yb.shape), yb.dtype)
print("labels:", yb)

# Iterating gives every batch; the last one holds what is left over.
for i, (xb, yb) in enumerate(loader):
    print(f"batch {i}: x {tuple(xb.shape)}, y {tuple(yb.shape)}")
