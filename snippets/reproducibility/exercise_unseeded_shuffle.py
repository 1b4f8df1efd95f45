import random

import torch


def validation_split(seed_python):
    torch.manual_seed(0)
    if seed_python:
        random.seed(0)
    indices = list(range(20))
    random.shuffle(indices)  # Python's generator, not torch's
    return indices[:5]


# Two calls stand in for two runs of the same script.
first, second = validation_split(False), validation_split(False)
print("torch seed only, runs agree:", first == second)
first, second = validation_split(True), validation_split(True)
print("random.seed too, runs agree:", first == second)
print("validation indices:", first)
