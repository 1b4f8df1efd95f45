import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(8))
g = torch.Generator().manual_seed(0)
loader = DataLoader(ds, batch_size=4, shuffle=True, generator=g)

# Each pass over the loader draws a new permutation of all samples.
for epoch in range(3):
    batches = [xb.tolist() for (xb,) in loader]
    print(f"epoch {epoch}:", batches)

# Re-seeding the generator replays the first epoch's order.
g.manual_seed(0)
print("re-seeded:", [xb.tolist() for (xb,) in loader])
