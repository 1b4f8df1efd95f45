# snippet: requires=cuda
import torch

MiB = 2**20
base = torch.cuda.memory_allocated()  # whatever was allocated before
torch.cuda.reset_peak_memory_stats()

x = torch.empty(1024, 1024, device="cuda")  # float32: 4 bytes each
print("x needs (MiB):", x.numel() * x.element_size() / MiB)
print("allocated (MiB):", (torch.cuda.memory_allocated() - base) / MiB)

y = x * 2  # a second tensor of the same size
print("with y (MiB):", (torch.cuda.memory_allocated() - base) / MiB)
del y
print("after del y (MiB):", (torch.cuda.memory_allocated() - base) / MiB)
print("peak (MiB):", (torch.cuda.max_memory_allocated() - base) / MiB)

# The caching allocator keeps freed blocks reserved for reuse.
reserved = torch.cuda.memory_reserved()
print("reserved >= allocated:", reserved >= torch.cuda.memory_allocated())
