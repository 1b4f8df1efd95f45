import torch

x = torch.arange(4.0)
print("x pinned:", x.is_pinned())  # ordinary (pageable) CPU memory

# Page-locked memory is provided by an accelerator's driver.
try:
    p = x.pin_memory()
    print("p pinned:", p.is_pinned())
except RuntimeError as err:
    print("RuntimeError:", err)
