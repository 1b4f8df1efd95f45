from torch import nn


def count(module):
    return sum(p.numel() for p in module.parameters())


with_bias = nn.Conv2d(16, 32, kernel_size=5)
without_bias = nn.Conv2d(16, 32, kernel_size=5, bias=False)
print("weights per filter, 16*5*5:", with_bias.weight[0].numel())
print(f"{'Conv2d(16, 32, 5)':30} {count(with_bias)}")
print(f"{'Conv2d(16, 32, 5, bias=False)':30} {count(without_bias)}")
print(f"{'formula 32*(16*5*5 + 1)':30} {32 * (16 * 5 * 5 + 1)}")
