import torch

p = torch.softmax(torch.tensor([0.0, 2.0]), dim=0)
print("softmax([0, 2]) =", p)
print("sigmoid(2)      =", torch.sigmoid(torch.tensor(2.0)))
print("sigmoid(-2)     =", torch.sigmoid(torch.tensor(-2.0)))
