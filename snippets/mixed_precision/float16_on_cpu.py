import torch

torch.manual_seed(0)
a = torch.randn(3, 3).half()  # float16 tensors live on the CPU too
b = a @ a  # and CPU kernels compute with them
print("a.device:", a.device, "| b.dtype:", b.dtype)
print("bytes per element:", a.element_size(), "vs", a.float().element_size())

# Each device type has its own default low-precision dtype for autocast.
print("autocast default on cpu: ", torch.get_autocast_dtype("cpu"))
print("autocast default on cuda:", torch.get_autocast_dtype("cuda"))
