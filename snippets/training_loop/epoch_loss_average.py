import torch
from torch.utils.data import DataLoader, TensorDataset

# Pretend per-sample losses, so the arithmetic is easy to follow.
per_sample = torch.arange(10.0)
loader = DataLoader(TensorDataset(per_sample), batch_size=4)

batch_means, weighted_sum = [], 0.0
for (lb,) in loader:
    batch_loss = lb.mean()  # what a loss function returns for the batch
    batch_means.append(batch_loss.item())
    weighted_sum += batch_loss.item() * len(lb)

print("batch sizes:", [len(lb) for (lb,) in loader])
print("batch means:", batch_means)
print("mean of batch means:", round(sum(batch_means) / len(loader), 4))
print("weighted by size:   ", weighted_sum / len(loader.dataset))
print("true mean:          ", per_sample.mean().item())
