import torch

labels = torch.tensor([0, 1, 1, 0])  # int64, as class labels usually are

# Cast first: the mean of integers is generally not an integer.
print("float mean:", labels.float().mean())
print("sum works: ", labels.sum())

labels.mean()  # raises RuntimeError
