import torch

rows = [  # (dtype, a typical use)
    (torch.float32, "weights, activations (default)"),
    (torch.float64, "precise checks, NumPy data"),
    (torch.float16, "mixed precision on GPUs"),
    (torch.bfloat16, "mixed precision, wide range"),
    (torch.int64, "labels, indices (default)"),
    (torch.int32, "compact counts and indices"),
    (torch.int8, "quantised weights"),
    (torch.uint8, "image pixels 0-255"),
    (torch.bool, "masks, comparisons"),
]


def num(v):  # small numbers in full, huge ones in 3 digits
    return str(v) if abs(v) < 1e6 else f"{v:.3g}"


print(f"{'dtype':<9} {'bytes':>5} {'min':>10} {'max':>10} {'eps':>9}  use")
for dtype, use in rows:
    size = torch.empty(0, dtype=dtype).element_size()  # bytes per element
    name = str(dtype).removeprefix("torch.")
    if dtype.is_floating_point:
        info = torch.finfo(dtype)
        low, high, eps = num(info.min), num(info.max), f"{info.eps:.2e}"
    elif dtype == torch.bool:
        low, high, eps = "False", "True", "-"
    else:
        info = torch.iinfo(dtype)
        low, high, eps = num(info.min), num(info.max), "-"
    print(f"{name:<9} {size:>5} {low:>10} {high:>10} {eps:>9}  {use}")
