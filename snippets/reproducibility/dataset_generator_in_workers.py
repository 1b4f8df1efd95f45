import torch
from torch.utils.data import DataLoader, Dataset


class Jitter(Dataset):
    """Each sample is a random shift, as a random augmentation would draw."""

    def __init__(self, seed):
        self.seed = seed
        self.gen = None  # made on first use, by the process that draws

    def __len__(self):
        return 4

    def __getitem__(self, i):
        if self.gen is None:
            self.gen = torch.Generator().manual_seed(self.seed)
        own = torch.rand(1, generator=self.gen).item()
        shared = torch.rand(1).item()  # the process's global generator
        return round(own, 4), round(shared, 4)


if __name__ == "__main__":  # worker start-up must not rerun this part
    torch.manual_seed(0)
    for workers in (0, 2):
        data = Jitter(seed=0)
        loader = DataLoader(data, batch_size=None, num_workers=workers)
        print(f"num_workers={workers}:")
        for epoch in range(2):
            samples = list(loader)
            own = [s[0] for s in samples]
            shared = [s[1] for s in samples]
            print(f"  epoch {epoch}, dataset's generator:", own)
            print(f"  epoch {epoch}, global generator:   ", shared)
