from torch import nn

c_in, c_out, k = 3, 64, 3
conv = nn.Conv2d(c_in, c_out, kernel_size=k)

for name, p in conv.named_parameters():
    shape = str(tuple(p.shape))
    print(f"{name:6} shape={shape:13} numel={p.numel():,}")

# Each output channel has a C_in x K x K filter plus one bias.
formula = c_out * (c_in * k**2 + 1)
counted = sum(p.numel() for p in conv.parameters())
print(f"formula C_out*(C_in*K^2 + 1): {formula:,}")
print(f"sum of numel():               {counted:,}")
print("equal:", formula == counted)
