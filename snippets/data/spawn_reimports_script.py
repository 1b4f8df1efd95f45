import os

from torch.utils.data import DataLoader, Dataset

# Module level: a spawned worker imports this file again and runs this line
# too, so inside a worker MAIN_PID is the worker's own process id.
MAIN_PID = os.getpid()


class WhereAmI(Dataset):
    def __init__(self):
        # Runs once, in the main process. The value travels to each worker
        # inside its copy of the dataset.
        self.main_pid = os.getpid()

    def __len__(self):
        return 8

    def __getitem__(self, i):
        pid = os.getpid()
        return pid != MAIN_PID, pid != self.main_pid, __name__


if __name__ == "__main__":  # False in a worker: it skips this part
    loader = DataLoader(
        WhereAmI(), batch_size=4, num_workers=2, multiprocessing_context="spawn"
    )
    by_module, by_dataset, names = [], [], []
    for module_flags, dataset_flags, name in loader:
        by_module += module_flags.tolist()
        by_dataset += dataset_flags.tolist()
        names += name
    n = len(names)
    print("samples loaded:", n)
    print("__name__ inside the workers:", sorted(set(names)))
    print(f"another process, judged by MAIN_PID:      {sum(by_module)} of {n}")
    print(f"another process, judged by self.main_pid: {sum(by_dataset)} of {n}")
