import torch

w = torch.tensor(1.0, requires_grad=True)
total_tensor = 0.0
total_float = 0.0
for x in [1.0, 2.0, 3.0]:
    loss = (w * x - 2.0) ** 2
    total_tensor = total_tensor + loss  # keeps every step's graph alive
    total_float += loss.item()  # a plain number: the graph can be freed

print("tensor total:", total_tensor)
print("float total: ", total_float)
