import torch
from torch.utils.data import DataLoader

# A plain list works as a dataset: it has __len__ and __getitem__.
# Each sample is a tuple: (features, class label, weight, name).
samples = [
    (torch.tensor([1.0, 2.0]), 0, 0.5, "a"),
    (torch.tensor([3.0, 4.0]), 1, 1.5, "b"),
    (torch.tensor([5.0, 6.0]), 1, 2.5, "c"),
]
batch = next(iter(DataLoader(samples, batch_size=3)))

print("batch type:", type(batch).__name__, "of", len(batch))
x, label, weight, name = batch
print("x shape:", tuple(x.shape))
print("x =")
print(x)
print("label:", label)
print("weight:", weight)
print("name:", name)
