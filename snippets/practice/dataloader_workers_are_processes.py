import os

import torch
from torch.utils.data import DataLoader, Dataset


class WhoLoadsMe(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return torch.tensor(os.getpid())  # the process running this call


# Workers started with "spawn" (macOS, Windows) import this file again:
# the guard keeps them from starting loaders of their own.
if __name__ == "__main__":
    main = os.getpid()
    for workers in (0, 2):
        loader = DataLoader(WhoLoadsMe(), batch_size=2, num_workers=workers)
        pids = torch.cat(list(loader)).tolist()
        print(f"num_workers={workers}:")
        print("  items loaded by the main process:", pids.count(main))
        print("  other processes used:", len(set(pids) - {main}))
