import torch

x = torch.ones(2)  # float32, on the CPU

checks = {
    "x.to('cpu') is x": x.to("cpu") is x,
    "x.cpu() is x": x.cpu() is x,
    "x.to(torch.float32) is x": x.to(torch.float32) is x,
    "x.to('cpu', copy=True) is x": x.to("cpu", copy=True) is x,
    "x.double() is x": x.double() is x,
}
for label, result in checks.items():
    print(f"{label:28}", result)
