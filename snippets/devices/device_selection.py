import torch

# Pick the device once, at the top; everything below refers to `device`.
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print("device:", device)
print("type:", device.type)

# A torch.device is only a name: building one needs no GPU.
gpu1 = torch.device("cuda:1")
print("name:", gpu1, "| type:", gpu1.type, "| index:", gpu1.index)
print("plain 'cuda' has index:", torch.device("cuda").index)
