from collections import Counter

import torch
from torch.utils.data import DataLoader, IterableDataset


class Stream(IterableDataset):
    """Yields 0..5 in order, like lines read from a file."""

    def __iter__(self):
        return iter(torch.arange(6))


if __name__ == "__main__":
    for workers in (0, 2):
        loader = DataLoader(Stream(), batch_size=3, num_workers=workers)
        seen = [i for xb in loader for i in xb.tolist()]
        print(f"num_workers={workers}:")
        print("  samples seen:", sorted(seen))
        print("  times each was seen:", sorted(set(Counter(seen).values())))
