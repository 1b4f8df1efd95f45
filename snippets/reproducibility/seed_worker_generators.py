import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


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
        return round(torch.rand(1, generator=self.gen).item(), 4)


def seed_worker(worker_id):
    # Runs in each worker before it loads a sample. info.seed differs from
    # worker to worker and from epoch to epoch.
    info = get_worker_info()
    info.dataset.gen = torch.Generator().manual_seed(info.seed)


def draws(loader_seed, epochs):
    loader = DataLoader(
        Jitter(seed=0),
        batch_size=None,
        num_workers=2,
        worker_init_fn=seed_worker,
        generator=torch.Generator().manual_seed(loader_seed),
    )
    return [list(loader) for epoch in range(epochs)]


if __name__ == "__main__":  # worker start-up must not rerun this part
    first = draws(loader_seed=0, epochs=2)
    for epoch, values in enumerate(first):
        print(f"epoch {epoch}:", values)
    print("distinct values:", len(set(first[0] + first[1])), "of 8")
    again = draws(loader_seed=0, epochs=1)
    print("loader seed 0 again, same epoch 0:", again[0] == first[0])
