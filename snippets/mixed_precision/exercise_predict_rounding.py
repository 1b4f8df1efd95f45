import torch

x = torch.tensor([1025.0, 2049.0, 100000.0])
print("float16: ", x.half().tolist())
print("bfloat16:", x.bfloat16().tolist())

# The gap between a power of two and the next number a format can store.
starts = {
    torch.float16: [1024.0, 2048.0],
    torch.bfloat16: [1024.0, 2048.0, 65536.0],
}
for dtype, values in starts.items():
    v = torch.tensor(values, dtype=dtype)
    gap = torch.nextafter(v, torch.full_like(v, float("inf"))) - v
    print(f"{str(dtype):15} gaps above {values}: {gap.tolist()}")
