from torch import nn


def count(module):
    return sum(p.numel() for p in module.parameters() if p.requires_grad)


fc = nn.Linear(512, 256)
print("Linear weight:", tuple(fc.weight.shape), "bias:", tuple(fc.bias.shape))
print("Linear(512, 256):", count(fc), "=", 512 * 256 + 256)

conv = nn.Conv2d(3, 64, kernel_size=3)
print("Conv2d weight:", tuple(conv.weight.shape))
print("Conv2d(3, 64, 3):", count(conv), "=", 64 * (3 * 3 * 3 + 1))
