import torch

x = torch.zeros(2, 3, 4, 4)  # batch, channels, height, width
print("x:", tuple(x.shape))

print("flatten():", tuple(x.flatten().shape))
print("flatten(start_dim=1):", tuple(x.flatten(start_dim=1).shape))
print("flatten(1, 2):", tuple(x.flatten(1, 2).shape))

# The layer version keeps the batch axis by default.
print("nn.Flatten()(x):", tuple(torch.nn.Flatten()(x).shape))
