import torch
from torch.utils.data import DataLoader, TensorDataset

images = torch.zeros(1000, 1, 28, 28)  # 1000 grey 28x28 images
labels = torch.zeros(1000, dtype=torch.long)
ds = TensorDataset(images, labels)

for drop_last in (False, True):
    loader = DataLoader(ds, batch_size=64, drop_last=drop_last)
    xb, yb = list(loader)[-1]  # the last batch
    print(f"drop_last={drop_last}: {len(loader)} batches")
    print("  last x:", tuple(xb.shape), "| last y:", tuple(yb.shape))
