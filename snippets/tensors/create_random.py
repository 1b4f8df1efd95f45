import torch

torch.manual_seed(0)  # fixes the random stream so the output is repeatable

# rand: uniform on [0, 1); randn: standard normal (mean 0, std 1).
print("rand =")
print(torch.rand(2, 3))
print("randn =")
print(torch.randn(2, 3))
# randint: integers in [low, high), high excluded.
print("randint =", torch.randint(0, 10, (6,)))

# With many samples the statistics approach the distribution's.
big = torch.randn(100_000)
print(f"randn mean {big.mean():.3f}, std {big.std():.3f}")
u = torch.rand(100_000)
print("all rand in [0, 1):", bool(((u >= 0) & (u < 1)).all()))
