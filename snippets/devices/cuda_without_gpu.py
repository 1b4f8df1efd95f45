import torch

x = torch.ones(2)
try:
    print(x.cuda())
except (AssertionError, RuntimeError) as err:  # raised without a GPU
    print(f"{type(err).__name__}: {err}")

device = "cuda" if torch.cuda.is_available() else "cpu"
print(x.to(device))  # the device-agnostic spelling runs everywhere
