import random

import numpy as np
import torch
from torch import nn


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # seeds the CUDA generators too


def run():
    model = nn.Sequential(nn.Linear(4, 1), nn.Dropout(0.5))  # torch
    x = torch.from_numpy(np.random.rand(8, 4)).float()  # NumPy
    lr = random.choice([0.1, 0.01, 0.001])  # Python
    return round(model(x).sum().item(), 4), lr


for seed in [0, 0, 1]:
    seed_everything(seed)
    print(f"seed {seed}: output sum, lr =", run())
