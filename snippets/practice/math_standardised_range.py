import torch

g = torch.Generator().manual_seed(0)
samples = {
    "normal": torch.randn(10_000, generator=g),
    "skewed": torch.rand(10_000, generator=g).pow(4) * 100,
}
for name, x in samples.items():
    z = (x - x.mean()) / x.std()
    outside = (z.abs() > 1).float().mean().item()
    print(f"{name}: outside [-1, 1]: {outside:.0%}, ", end="")
    print(f"min {z.min().item():.1f}, max {z.max().item():.1f}")
