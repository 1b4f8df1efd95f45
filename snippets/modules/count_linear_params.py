from torch import nn

n_in, n_out = 512, 256
layer = nn.Linear(n_in, n_out)

for name, p in layer.named_parameters():
    shape = str(tuple(p.shape))
    print(f"{name:6} shape={shape:13} numel={p.numel():,}")

formula = n_in * n_out + n_out  # one weight per (input, output) pair + bias
counted = sum(p.numel() for p in layer.parameters())
print(f"formula in*out + out: {formula:,}")
print(f"sum of numel():       {counted:,}")
print("equal:", formula == counted)
