import torch

# The device-neutral way: whichever accelerator this PyTorch build supports
# (CUDA, ROCm, MPS, XPU, ...), if one is usable now; else the CPU.
acc = torch.accelerator.current_accelerator(check_available=True)
device = acc if acc is not None else torch.device("cpu")
print("accelerator available:", torch.accelerator.is_available())
print("accelerators visible:", torch.accelerator.device_count())
print("current accelerator:", acc)
print("device type:", device.type)

# The CUDA idiom makes the same choice on CPU-only and CUDA machines.
cuda_idiom = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print("same as the CUDA idiom:", device.type == cuda_idiom.type)

x = torch.ones(2, 3).to(device)
print("x.device.type:", x.device.type)
