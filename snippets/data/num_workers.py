import os

import torch
from torch.utils.data import DataLoader, Dataset


class Numbers(Dataset):
    def __init__(self):
        # Stored on the dataset, so each worker gets the main process's id
        # with its copy of the dataset, however workers are started.
        self.main_pid = os.getpid()

    def __len__(self):
        return 10

    def __getitem__(self, i):
        # A different process id than the main one means "not a thread".
        return torch.tensor(i), os.getpid() != self.main_pid


if __name__ == "__main__":  # worker start-up must not rerun this part
    for workers in (0, 2):
        loader = DataLoader(Numbers(), batch_size=4, num_workers=workers)
        batches = list(loader)
        print(f"num_workers={workers}:")
        print("  batch sizes:", [len(xb) for xb, _ in batches])
        print("  batches:", [xb.tolist() for xb, _ in batches])
        seen = sorted(i for xb, _ in batches for i in xb.tolist())
        print("  samples seen:", seen)
        in_worker = all(flags.all().item() for _, flags in batches)
        print("  loaded in another process:", in_worker)
