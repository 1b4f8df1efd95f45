import torch

x = torch.zeros(1000, 1000)  # float32
for dtype in (torch.float32, torch.float16, torch.bfloat16):
    t = x.to(dtype)
    mb = t.element_size() * t.numel() / 1e6
    print(f"{str(dtype):<15} {mb:.0f} MB")

big = torch.tensor([70000.0, 60000.0])
print("float16: ", big.to(torch.float16))
print("bfloat16:", big.to(torch.bfloat16))
