from torch import nn

# (in_channels, out_channels, kernel_size, bias)
specs = [
    (3, 64, 3, True),
    (1, 16, 3, True),
    (16, 32, 5, True),
    (64, 64, 3, False),
    (3, 8, (3, 5), True),
]
head = ("C_in", "C_out", "k", "bias", "weight shape", "numel", "formula")
print("{:>4} {:>5} {:<3}  {:<5} {:<15}{:>6} {:>8}".format(*head))
for c_in, c_out, k, bias in specs:
    layer = nn.Conv2d(c_in, c_out, k, bias=bias)
    kh, kw = layer.kernel_size
    formula = c_out * (c_in * kh * kw + bias)  # True counts as 1
    numel = sum(p.numel() for p in layer.parameters())
    shape = str(tuple(layer.weight.shape))
    print(f"{c_in:>4} {c_out:>5} {kh}x{kw}  {bias!s:<5} {shape:<15}", end="")
    print(f"{numel:>6} {formula:>8}")

# The count does not depend on the image size; a dense layer's does.
dense = nn.Linear(3 * 32 * 32, 64)
print("Linear(3*32*32, 64):", sum(p.numel() for p in dense.parameters()))
